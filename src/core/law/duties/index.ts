import type { DutyId } from '../types';
import { assist } from './assist';
import type { DutyModule } from './common';
import { cooperate } from './cooperate';
import { d2rAgreement } from './d2r-agreement';
import { notObstruct } from './not-obstruct';
import { protect } from './protect';
import { respect } from './respect';
import { territorial } from './territorial';

export type { Assumptions, DutyContext, DutyEvaluation, DutyModule } from './common';

/** The duty modules, in the order of docs/design.md §1.2. */
export const DUTIES: readonly DutyModule[] = [territorial, respect, protect, notObstruct, assist, cooperate, d2rAgreement];

export const DUTY_BY_ID: Readonly<Record<DutyId, DutyModule>> = {
  territorial,
  respect,
  protect,
  'not-obstruct': notObstruct,
  assist,
  cooperate,
  'd2r-agreement': d2rAgreement,
};
