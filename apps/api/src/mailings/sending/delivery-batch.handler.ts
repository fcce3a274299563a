import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler } from '../../core/queue/job-handler.decorator';
import { DELIVERY_BATCH, DeliveryBatch } from './delivery-batch.job';
import { DeliverySender } from './delivery-sender';

@Injectable()
@HandlesJob(DELIVERY_BATCH)
export class DeliveryBatchHandler implements JobHandler<DeliveryBatch> {
  constructor(private readonly sender: DeliverySender) {}

  handle(batch: DeliveryBatch): Promise<void> {
    return this.sender.sendBatch(batch);
  }
}
