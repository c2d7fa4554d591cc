import { type ClassificationMatrix, classifyComplaint } from '@claimline/domain/complaints';
import type { Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { majorFacts, reportIfMajor } from './major.ts';
import type { ComplaintRow } from './repository.ts';
import type { ComplaintEventBody } from './schema.ts';

type Classify = Extract<ComplaintEventBody, { event: 'classify' }>;

/**
 * The classify move: urgency × complexity → handler level, and the facts of art. 29 learnt since intake (a
 * disaster behind it, the regulator's designation). A complaint that becomes major is reported and goes to the
 * supervisor.
 */
export const classifyEffect = async (
  tx: Tx,
  ctx: RequestCtx,
  matrix: ClassificationMatrix,
  row: ComplaintRow,
  body: Classify,
) => {
  const category = body.category ?? row.category;
  const facts = majorFacts(row.channel, {
    complainantCount: row.complainant_count,
    disasterRelated: body.disasterRelated ?? row.disaster_related,
    regulatorDesignated: body.regulatorDesignated ?? row.regulator_designated,
  });
  const reasons = await reportIfMajor(
    tx,
    ctx,
    { caseId: row.case_id, number: row.number, state: row.state },
    facts,
    row.major_reasons,
  );
  const cell = classifyComplaint(matrix, {
    urgency: body.urgency,
    complexity: body.complexity,
    source: row.source as 'customer' | 'regulator',
    major: reasons.length > 0,
  });
  return {
    set: {
      urgency: body.urgency,
      complexity: body.complexity,
      category,
      handler_role: cell.handlerRole,
      disaster_related: facts.disasterRelated,
      regulator_designated: facts.regulatorDesignated,
      major_reasons: reasons,
    },
    data: {
      urgency: body.urgency,
      complexity: body.complexity,
      category,
      handlerRole: cell.handlerRole,
      ...(reasons.length > 0 ? { majorReasons: reasons } : {}),
    },
  };
};
