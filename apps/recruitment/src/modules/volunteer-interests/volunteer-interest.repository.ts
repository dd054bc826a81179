import type { Connection } from 'mongoose';
import { TenantRepository } from '@binome/persistence';
import type { VolunteerInterest } from './volunteer-interest.entity';
import { VolunteerInterestSchema } from './volunteer-interest.schema';

/** Expressions of interest, always within a tenant scope. */
export class VolunteerInterestRepository extends TenantRepository<VolunteerInterest> {
  constructor(connection: Connection) {
    super(connection, 'VolunteerInterest', VolunteerInterestSchema, {
      duplicate: () => 'an expression of interest from this email is already waiting for an answer in this territory',
    });
  }
}
