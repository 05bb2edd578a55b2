import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CertificateSignatoryDto, CertificateSignatoryResponse } from '@peer/contract';
import { SetCertificateSignatoryRequest } from '@peer/contract/validation';
import { CurrentUser, Roles } from '../../auth/access.decorators';
import type { Principal } from '../../auth/principal';
import { CertificateSignatoryService } from './certificate-signatory.service';

@ApiTags('organisations')
@Controller('organisation/certificate-signatory')
export class CertificateSignatoryController {
  constructor(private readonly signatories: CertificateSignatoryService) {}

  /** Who signs the caller's organisation's certificates; null while nobody is named. */
  @Get()
  @Roles('admin')
  async get(@CurrentUser() actor: Principal): Promise<CertificateSignatoryResponse> {
    return { signatory: await this.signatories.ofActor(actor) };
  }

  /** Names who signs the certificates issued from now on; those already issued keep what they say. */
  @Put()
  @Roles('admin')
  set(@CurrentUser() actor: Principal, @Body() body: SetCertificateSignatoryRequest): Promise<CertificateSignatoryDto> {
    return this.signatories.set(actor, { name: body.name, title: body.title });
  }

  /** Certificates issued from now on name no signatory. */
  @Delete()
  @Roles('admin')
  @HttpCode(204)
  remove(@CurrentUser() actor: Principal): Promise<void> {
    return this.signatories.remove(actor);
  }
}
