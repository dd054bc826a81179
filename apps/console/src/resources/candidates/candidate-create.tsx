import { ArrayInput, BooleanInput, Create, SelectInput, SimpleForm, SimpleFormIterator, TextInput, required } from 'react-admin';
import { TerritoryInput, choicesOf, FRENCH_LEVELS } from '../../common/fields';

/** Staff enter an application on someone's behalf (intake step 1), as the public page would. */
export function CandidateCreate() {
  return (
    <Create
      redirect="show"
      transform={(d: Record<string, unknown>) => ({
        ...d,
        consent: { dataProcessing: true, partnerSharing: Boolean(d.partnerSharing), noticeVersion: '2026-01' },
        partnerSharing: undefined,
      })}
    >
      <SimpleForm>
        <TerritoryInput validate={required()} />
        <TextInput source="firstName" validate={required()} />
        <TextInput source="lastName" validate={required()} />
        <TextInput source="email" type="email" validate={required()} />
        <TextInput source="town" validate={required()} />
        <SelectInput source="protectionStatus" choices={choicesOf(['refugee', 'subsidiary_protection'])} validate={required()} />
        <SelectInput source="frenchLevel" choices={choicesOf(FRENCH_LEVELS)} validate={required()} />
        <ArrayInput source="languages">
          <SimpleFormIterator inline>
            <TextInput source="language" helperText={false} />
            <SelectInput source="level" choices={choicesOf(['native', 'fluent', 'intermediate', 'basic'])} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <TextInput source="targetTrade" />
        <TextInput source="targetSector" />
        <SelectInput source="channel" choices={choicesOf(['website', 'partner_referral', 'word_of_mouth', 'other'])} defaultValue="other" />
        <BooleanInput source="partnerSharing" label="Partage avec les partenaires / sharing with partners" />
      </SimpleForm>
    </Create>
  );
}
