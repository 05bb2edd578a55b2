/** Sample inputs shared by the specs (not exported from the library). */
import { type CredentialInput } from '../lib/credential';
import { hashIdentity } from '../lib/identity';

export const HOST = 'https://academy.example.se';
export const ISSUER_ID = `${HOST}/issuer`;
export const TRAINEE_EMAIL = 'Kim.Andersson@example.org';

export function sampleInput(overrides: Partial<CredentialInput> = {}): CredentialInput {
  return {
    id: `${HOST}/credentials/K7Q2-M4XP`,
    issuer: {
      id: ISSUER_ID,
      name: 'PEER Academy',
      url: HOST,
      description: 'Utbildning och certifiering av peer supporters.',
    },
    validFrom: '2026-01-15T10:00:00Z',
    language: 'sv',
    achievement: {
      id: `${HOST}/achievements/grundutbildning`,
      name: 'Yrkesbevis: certifierad peer supporter',
      description: 'Grundutbildning för peer supporters inom psykiatri och socialtjänst.',
      criteriaNarrative: 'Genomförd grundutbildning med godkänd närvaro, rollspel och studiebesök.',
      achievementType: 'Certificate',
      humanCode: 'PEER-GRUND',
      fieldOfStudy: 'Peer support',
      hours: 120,
      version: '2026.1',
      learningOutcomes: [
        { id: 'lo-1', text: 'Använder sin egen erfarenhet av återhämtning på ett medvetet sätt.' },
        { id: 'lo-2', text: 'Förstår tystnadsplikt och sekretess i verksamheten.' },
      ],
    },
    subject: hashIdentity(TRAINEE_EMAIL, '3f2a9c1e5b7d4a60'),
    status: { statusListCredential: `${HOST}/status/1`, statusListIndex: 7 },
    ...overrides,
  };
}
