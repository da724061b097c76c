// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@trailmap/domain';
import type { CriticalSkill } from '@trailmap/domain';
import { CriticalSkillsEditor } from './critical-skills-editor.tsx';
import type { SkillPicker } from './critical-skills-editor.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const free = (id: string, name: string): CriticalSkill => ({ id, name, source: { kind: 'free' } });

describe('CriticalSkillsEditor', () => {
  let container: HTMLElement;
  let root: Root;
  let latest: readonly CriticalSkill[] = [];
  const onRemove = vi.fn((skill: CriticalSkill) => {
    latest = latest.filter((candidate) => candidate.id !== skill.id);
  });

  // A parent that owns the list, as the step does.
  function Harness({ initial, picker }: { initial: CriticalSkill[]; picker?: SkillPicker }) {
    const [skills, setSkills] = useState<readonly CriticalSkill[]>(initial);
    latest = skills;
    return (
      <CriticalSkillsEditor
        skills={skills}
        onChange={setSkills}
        onRemove={(skill) => {
          onRemove(skill);
          setSkills((current) => current.filter((candidate) => candidate.id !== skill.id));
        }}
        picker={picker}
      />
    );
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    onRemove.mockClear();
  });

  const inputs = () => [...container.querySelectorAll<HTMLInputElement>('input[type="text"]')];
  const button = (name: string) =>
    [...container.querySelectorAll('button')].find(
      (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent) === name,
    );

  it('adds a skill after the one where Enter was pressed and moves focus into it', () => {
    act(() => root.render(<Harness initial={[free('a', 'Negotiation'), free('b', 'Writing')]} />));
    act(() => {
      inputs()[0]?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(latest.map((skill) => skill.name)).toEqual(['Negotiation', '', 'Writing']);
    expect(latest[1]?.source).toEqual({ kind: 'free' });
    expect(document.activeElement).toBe(inputs()[1]);
  });

  it('hands a removal to the parent and puts focus on the next skill', () => {
    act(() => root.render(<Harness initial={[free('a', 'Negotiation'), free('b', 'Writing')]} />));
    act(() => button('Remove skill 1: Negotiation')?.click());
    expect(onRemove).toHaveBeenCalledWith(free('a', 'Negotiation'));
    expect(inputs().map((input) => input.value)).toEqual(['Writing']);
    expect(document.activeElement).toBe(inputs()[0]);
  });

  it('stops adding at the limit, for typing and for a picker alike', () => {
    const initial = Array.from({ length: LIMITS.maxCriticalSkills }, (_, i) =>
      free(`s${i}`, `S${i}`),
    );
    const Picker: SkillPicker = ({ disabled }) => (
      <button type="button" disabled={disabled}>
        Pick from the list
      </button>
    );
    act(() => root.render(<Harness initial={initial} picker={Picker} />));
    expect(button('+ Add a skill')?.disabled).toBe(true);
    expect(button('Pick from the list')?.disabled).toBe(true);
  });

  it('adds what a picker hands over with its taxonomy source', () => {
    const Picker: SkillPicker = ({ onPick }) => (
      <button
        type="button"
        onClick={() =>
          onPick({
            name: 'Negotiation',
            source: { kind: 'taxonomy', taxonomy: 'skill', elementId: '2.B.1.d' },
          })
        }
      >
        Pick from the list
      </button>
    );
    act(() => root.render(<Harness initial={[]} picker={Picker} />));
    act(() => button('Pick from the list')?.click());
    expect(latest).toHaveLength(1);
    expect(latest[0]).toMatchObject({
      name: 'Negotiation',
      source: { kind: 'taxonomy', elementId: '2.B.1.d' },
    });
  });
  it('names the list each picked skill came from', () => {
    const picked = (
      id: string,
      name: string,
      taxonomy: 'skill' | 'knowledge' | 'work_activity' | 'technology',
    ): CriticalSkill => ({
      id,
      name,
      source: { kind: 'taxonomy', taxonomy, elementId: `e-${id}` },
    });
    act(() =>
      root.render(
        <Harness
          initial={[
            picked('a', 'Negotiation', 'skill'),
            picked('b', 'Economics and Accounting', 'knowledge'),
            picked('c', 'Analyzing Data or Information', 'work_activity'),
            picked('d', 'Python', 'technology'),
            free('e', 'Storytelling'),
          ]}
        />,
      ),
    );
    const labels = [...container.querySelectorAll('.skill-source')].map((el) => el.textContent);
    expect(labels).toEqual([
      'from the skills list',
      'from the knowledge list',
      'from the work activities list',
      'from the technology list',
    ]);
  });
});
