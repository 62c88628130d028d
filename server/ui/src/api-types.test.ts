import { describe, expect, expectTypeOf, it } from 'vitest';
import { generateApiTypes, OUTPUT } from '../scripts/api-types.mjs';
import type { DilemmasRequest, DilemmasResult, PerceptionsRequest, PerceptionsResult } from './beliefs';
import type { CoalitionsResult, DeadlocksResult, EvolutionResult } from './evolution';
import type { TimelineRequest, TimelineResult } from './timeline';
import type { components, operations } from './generated/api-types';
import type * as T from './types';

type S = components['schemas'];
type Json<Op extends keyof operations, Status extends number> = operations[Op] extends {
  responses: { [k in Status]: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

describe('the API types generated from openapi.json', () => {
  it(`are up to date in ${OUTPUT} (else run npm run gen:api)`, () => {
    const { command, committed, generated } = generateApiTypes();
    expect(command).toContain('../src/main/resources/dev/parley/server/api/openapi.json');
    expect(generated).toContain('export interface components');
    expect(committed, `${OUTPUT} is stale: run npm run gen:api in server/ui`).toBe(generated);
  }, 60_000);

  // Checked by tsc (npx tsc --noEmit -p .), not when the test runs: every type the UI reads an
  // answer as must still fit what openapi.json says of that answer, so that a changed schema shows
  // up here. Types derived from the schema fit by construction; the hand-written ones (the schema
  // leaves their contents undescribed) are the point of these lines.
  it("has the UI's types of the answers fit their schemas", () => {
    expectTypeOf<T.Result>().toExtend<S['Result']>();
    expectTypeOf<T.InverseResult>().toExtend<S['InverseResult']>();
    expectTypeOf<T.GoalsResult>().toExtend<S['GoalsResult']>();
    expectTypeOf<T.RobustnessResult>().toExtend<S['RobustnessResult']>();
    expectTypeOf<EvolutionResult>().toExtend<S['EvolutionResult']>();
    expectTypeOf<DeadlocksResult>().toExtend<S['DeadlocksResult']>();
    expectTypeOf<CoalitionsResult>().toExtend<S['CoalitionsResult']>();
    expectTypeOf<DilemmasResult>().toExtend<S['DilemmasResult']>();
    expectTypeOf<PerceptionsResult>().toExtend<S['PerceptionsResult']>();
    expectTypeOf<TimelineResult>().toExtend<S['TimelineResult']>();
    expectTypeOf<{ version: T.Version }>().toExtend<Json<'snapshot', 201>>();
    expectTypeOf<T.ModelFile>().toExtend<S['ModelFile']>();
    expectTypeOf<T.Validation>().toExtend<S['Validation']>();
    expectTypeOf<T.Job>().toExtend<S['Job']>();
    expectTypeOf<T.ExplanationT>().toExtend<S['Explanation']>();
    expectTypeOf<T.Explanations>().toExtend<S['Explanations']>();
    expectTypeOf<T.DiffT>().toExtend<S['Diff']>();
    expectTypeOf<T.Listing>().toExtend<Json<'listModels', 200>>();
    expectTypeOf<T.History>().toExtend<Json<'history', 200>>();
    expectTypeOf<T.ImportAnswer>().toExtend<Json<'importGmcr', 201>>();
    // what the UI sends is the schema's request body as it is
    expectTypeOf<DilemmasRequest>().toEqualTypeOf<NonNullable<operations['dilemmas']['requestBody']>['content']['application/json']>();
    expectTypeOf<TimelineRequest>().toEqualTypeOf<NonNullable<operations['timeline']['requestBody']>['content']['application/json']>();
    expectTypeOf<PerceptionsRequest>().toEqualTypeOf<NonNullable<operations['perceptions']['requestBody']>['content']['application/json']>();
    expectTypeOf<T.EvolutionRequest>().toEqualTypeOf<Omit<NonNullable<operations['evolution']['requestBody']>['content']['application/json'], 'waitMs'>>();
  });
});
