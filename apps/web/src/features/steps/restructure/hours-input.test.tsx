// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoursInput } from './hours-input.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Types into a React-controlled input the way a browser does. */
function type(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('HoursInput', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = (value: number, onChange: (hours: number) => void, problem?: string) =>
    act(() =>
      root.render(
        <HoursInput
          label="Hours a week"
          value={value}
          maxHours={168}
          onChange={onChange}
          problem={problem}
        />,
      ),
    );
  const input = () => container.querySelector('input')!;

  it('sends readable hours in range to the plan, in quarter hours', () => {
    const onChange = vi.fn();
    render(0, onChange);
    act(() => type(input(), '2.6'));
    expect(onChange).toHaveBeenLastCalledWith(2.5);
    expect(input().getAttribute('aria-invalid')).toBeNull();
  });

  it('keeps an impossible figure on screen with a message, and never sends it', () => {
    const onChange = vi.fn();
    render(4, onChange);
    act(() => type(input(), '200'));
    expect(onChange).not.toHaveBeenCalled();
    expect(input().value).toBe('200');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    const describedBy = input().getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('enter 168 or fewer');
  });

  it('shows a new figure from elsewhere (undo, another tab) and a problem found across fields', () => {
    const onChange = vi.fn();
    render(4, onChange);
    render(6.25, onChange, 'Your recurring tasks add up to 170 hours a week.');
    expect(input().value).toBe('6.25');
    expect(container.textContent).toContain('add up to 170 hours');
  });
});
