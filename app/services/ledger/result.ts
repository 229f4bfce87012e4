// The services' failures are the project's one result shape (app/lib/result.ts).
export { fail, type ErrorCode as ServiceErrorCode, type Failure as ServiceFailure } from "../../lib/result";
import type { Result } from "../../lib/result";

export type ServiceResult<T extends object> = Result<T>;
