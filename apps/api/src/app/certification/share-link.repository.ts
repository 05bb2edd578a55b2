/** One share link as its holder sees it (never its secret). */
export interface ShareLink {
  id: string;
  createdAt: Date;
  revokedAt: Date | null;
  /** The certificates she chose, newest first. */
  certificateIds: string[];
  includeSupervision: boolean;
}

export interface NewShareLink {
  traineeId: string;
  tokenHash: string;
  certificateIds: string[];
  includeSupervision: boolean;
}

/** Port: a trainee's share links and what each one shows. */
export abstract class ShareLinkRepository {
  /**
   * One transaction: the link and its certificates. Null, and nothing stored, when one of the
   * certificates is not hers or is neither valid (expired included) nor renewed.
   */
  abstract create(link: NewShareLink): Promise<ShareLink | null>;
  /** Oldest first; revoked ones only when asked. */
  abstract list(traineeId: string, options: { includeRevoked: boolean }): Promise<ShareLink[]>;
  /** False when she has no such working link. */
  abstract revoke(traineeId: string, id: string, at: Date): Promise<boolean>;
}
