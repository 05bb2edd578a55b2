import { Equals, IsIn, IsOptional, IsUUID } from 'class-validator';
import { DATA_EXPORT_LANGUAGES, type DataExportLanguage } from '../privacy';

export class DataExportQuery {
  @IsOptional()
  @IsIn(DATA_EXPORT_LANGUAGES, { message: `lang must be one of: ${DATA_EXPORT_LANGUAGES.join(', ')}` })
  lang?: DataExportLanguage;
}

export class ErasureRequestParams {
  @IsUUID('all', { message: 'requestId must be an erasure request id' })
  requestId!: string;
}

/** The second step: the administrator states that the erasure is meant. */
export class ConfirmErasureRequest {
  @Equals(true, { message: 'confirm must be true' })
  confirm!: boolean;
}
