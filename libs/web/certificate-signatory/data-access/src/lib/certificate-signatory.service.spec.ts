import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CertificateSignatoryDto } from '@peer/contract';
import { CertificateSignatoryService } from './certificate-signatory.service';

const API = '/api/organisation/certificate-signatory';
const ylva: CertificateSignatoryDto = { name: 'Ylva Sjöberg', title: 'verksamhetsledare' };

describe('CertificateSignatoryService', () => {
  let signatories: CertificateSignatoryService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    signatories = TestBed.inject(CertificateSignatoryService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the signatory, null while nobody is named', async () => {
    const none = signatories.get();
    http.expectOne({ method: 'GET', url: API }).flush({ signatory: null });
    await expect(none).resolves.toBeNull();

    const named = signatories.get();
    http.expectOne({ method: 'GET', url: API }).flush({ signatory: ylva });
    await expect(named).resolves.toEqual(ylva);
  });

  it('names and removes the signatory', async () => {
    const saved = signatories.set({ name: 'Ylva Sjöberg', title: 'verksamhetsledare' });
    const put = http.expectOne({ method: 'PUT', url: API });
    expect(put.request.body).toEqual({ name: 'Ylva Sjöberg', title: 'verksamhetsledare' });
    put.flush(ylva);
    await expect(saved).resolves.toEqual(ylva);

    const removed = signatories.remove();
    http.expectOne({ method: 'DELETE', url: API }).flush(null, { status: 204, statusText: 'No Content' });
    await expect(removed).resolves.toBeUndefined();
  });
});
