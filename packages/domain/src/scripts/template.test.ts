import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { fillTemplate, templateVariables } from './template.ts';

describe('fillTemplate', () => {
  it('fills every placeholder and ignores extra variables', () => {
    expect(
      fillTemplate('您好，{lineName}，{agentNo}号为您服务！', {
        lineName: '农保',
        agentNo: 1024,
        extra: 'x',
      }),
    ).toBe('您好，农保，1024号为您服务！');
    expect(fillTemplate('{surname}{title}，请问有什么可以帮助您？', { surname: '王', title: '女士' })).toBe(
      '王女士，请问有什么可以帮助您？',
    );
  });

  it('refuses missing, undefined and blank variables with TEMPLATE_VARIABLE_MISSING', () => {
    const attempt = (vars: Record<string, string | undefined>) => {
      try {
        fillTemplate('{surname}{title}，请在{hours}小时内', vars);
        return null;
      } catch (e) {
        return e instanceof DomainError ? e : null;
      }
    };
    const e = attempt({ surname: '王', title: ' ' });
    expect(e?.code).toBe('TEMPLATE_VARIABLE_MISSING');
    expect(e?.details).toMatchObject({ variables: ['title', 'hours'] });
    expect(attempt({ surname: '王', title: '先生', hours: undefined })?.code).toBe(
      'TEMPLATE_VARIABLE_MISSING',
    );
  });

  it('does not read inherited properties as variables and does not expand values twice', () => {
    expect(() => fillTemplate('{toString}', {})).toThrow(DomainError);
    expect(fillTemplate('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
  });

  it('lists variables once, in order, and leaves non-identifier braces alone', () => {
    expect(templateVariables('{a}{b}{a}｛c｝{ 1 }')).toEqual(['a', 'b']);
    expect(fillTemplate('无变量{ }', {})).toBe('无变量{ }');
  });
});
