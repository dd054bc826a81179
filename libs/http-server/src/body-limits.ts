/**
 * Body limits that differ from HTTP_BODY_LIMIT, shared by the service that parses the body and the
 * gateway that streams it, so that both apply the same (documented) number.
 */
export const CSV_IMPORT_BODY_LIMIT = '2mb';
/** A library file uploaded to the resources service (PDF, slides, images). */
export const RESOURCE_FILE_BODY_LIMIT = '5mb';
