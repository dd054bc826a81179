import { flag, markup, SafeHtml } from './markup';

describe('markup template', () => {
  it('When a value holds markup or quotes, then it is escaped, in text and in quoted attributes', () => {
    const name = `"><script>alert('x')</script>&`;
    expect(markup`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
  });

  it('When a value is itself html, a list, or empty, then it is kept, joined, or left out', () => {
    const items = ['a<b', 'c'].map((s) => markup`<li>${s}</li>`);
    expect(markup`<ul>${items}</ul>${undefined}${null}${false}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
    expect(markup`${new SafeHtml('<br>')}`.value).toBe('<br>');
    expect(markup`<input${flag('required', true)}${flag('checked', false)}>`.value).toBe('<input required>');
  });
});
