import { LIMITS } from '@trailmap/domain';
import type { ValueProposition } from '@trailmap/domain';
import { newItemId } from '../../../ui/new-id.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { useStep } from '../../workspace/plan-workspace.tsx';
import { PropositionPreview } from '../../steps/product/proposition-preview.tsx';
import { withItemText } from '../quick-start-edits.ts';

/** Stage 1: one real problem you solve, and the sentence that sells what you do. */
export function ProductStage() {
  const [product, change] = useStep('product');
  const setProposition = (key: keyof ValueProposition, text: string) =>
    change((current) => ({ ...current, proposition: { ...current.proposition, [key]: text } }));
  return (
    <>
      <p>
        Think of your career as a product people choose. Name one real problem you solve for others
        (a problem, not a task), then finish the sentence.
      </p>
      <TextField
        label="A problem you solve"
        hint="In the words of the people who have it, e.g. “month-end numbers nobody trusts”."
        value={product.problemsSolved[0]?.text ?? ''}
        onChange={(text) =>
          change((current) => ({
            ...current,
            problemsSolved: withItemText(current.problemsSolved, 0, text, newItemId),
          }))
        }
        maxLength={LIMITS.maxShortText}
      />
      <div className="proposition-grid">
        <TextField
          label="I help … (who)"
          value={product.proposition.who}
          onChange={(text) => setProposition('who', text)}
          placeholder="e.g. small finance teams"
          maxLength={LIMITS.maxShortText}
        />
        <TextField
          label="solve … (which problems)"
          value={product.proposition.problems}
          onChange={(text) => setProposition('problems', text)}
          placeholder="e.g. closing the books late"
          maxLength={LIMITS.maxShortText}
        />
        <TextField
          label="so they can … (what result)"
          value={product.proposition.result}
          onChange={(text) => setProposition('result', text)}
          placeholder="e.g. decide with numbers they trust"
          maxLength={LIMITS.maxShortText}
        />
      </div>
      <PropositionPreview proposition={product.proposition} />
    </>
  );
}
