// Moved to @binome/grpc/testing: impact's specs run scheduling against the same recruitment double.
export { startFakeRecruitment, type FakeRecruitment } from '@binome/grpc/testing';
