import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** Created/updated times every record carries, stored as timestamptz. */
export abstract class Timestamped {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
