import { AUDIT_ACTIONS } from '@peer/contract';
import { auditActionKey } from '@peer/web/audit/data-access';
import { auditEn } from './en';
import { auditSv } from './sv';

const word = (actions: object, action: string): unknown => {
  const key = auditActionKey(action) ?? '';
  return (actions as Record<string, unknown>)[key.slice('audit.actions.'.length)];
};

describe('audit texts', () => {
  it('word every action of the contract in Swedish and English', () => {
    for (const action of AUDIT_ACTIONS) {
      expect({ action, sv: typeof word(auditSv.audit.actions, action), en: typeof word(auditEn.audit.actions, action) }).toEqual({ action, sv: 'string', en: 'string' });
    }
  });

  it('word giving and removing a personal identity number for sign-in', () => {
    expect([word(auditSv.audit.actions, 'user.personal-identity.set'), word(auditSv.audit.actions, 'user.personal-identity.remove')]).toEqual([
      'Angav personnummer för inloggning',
      'Tog bort personnummer för inloggning',
    ]);
    expect([word(auditEn.audit.actions, 'user.personal-identity.set'), word(auditEn.audit.actions, 'user.personal-identity.remove')]).toEqual([
      'Gave a personal identity number for sign-in',
      'Removed the personal identity number for sign-in',
    ]);
  });
});
