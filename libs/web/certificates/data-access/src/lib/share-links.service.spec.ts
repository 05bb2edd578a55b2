import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aShareLink, CERTIFICATE_ID } from '../testing';
import { ShareLinksService } from './share-links.service';

describe('ShareLinksService', () => {
  let links: ShareLinksService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    links = TestBed.inject(ShareLinksService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('creates a link, lists the links and revokes one', async () => {
    const created = links.create({ certificateIds: [CERTIFICATE_ID], includeSupervision: true });
    const post = http.expectOne({ method: 'POST', url: '/api/me/share-links' });
    expect(post.request.body).toEqual({ certificateIds: [CERTIFICATE_ID], includeSupervision: true });
    post.flush(aShareLink({ url: 'https://peer.example.org/share/abc' }));
    await expect(created).resolves.toMatchObject({ url: 'https://peer.example.org/share/abc' });

    const list = links.list();
    http.expectOne({ method: 'GET', url: '/api/me/share-links' }).flush({ links: [aShareLink()] });
    await expect(list).resolves.toEqual([aShareLink()]);

    const revoked = links.revoke(aShareLink().id);
    http.expectOne({ method: 'DELETE', url: `/api/me/share-links/${aShareLink().id}` }).flush(null, { status: 204, statusText: 'No Content' });
    await revoked;
  });
});
