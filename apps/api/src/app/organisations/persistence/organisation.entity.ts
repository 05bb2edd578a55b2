import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A regional association running the programme: its people, cohorts and certificates are its own. */
@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Who signs its certificates; both or neither are set. */
  @Column({ name: 'signatory_name', type: 'varchar', length: 120, nullable: true })
  signatoryName!: string | null;

  @Column({ name: 'signatory_title', type: 'varchar', length: 120, nullable: true })
  signatoryTitle!: string | null;

  /** Its logo (PNG or JPEG, see `inspectLogo`), printed on its certificates; read only by the issuer. */
  @Column({ type: 'bytea', nullable: true, select: false })
  logo!: Buffer | null;

  @Column({ name: 'logo_type', type: 'varchar', length: 20, nullable: true })
  logoType!: 'image/png' | 'image/jpeg' | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
