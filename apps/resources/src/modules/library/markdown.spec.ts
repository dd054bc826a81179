import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('When markdown holds a script tag, an event handler and a javascript: link, then none survives and the text does', () => {
    const html = renderMarkdown(
      '# Guide\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)">\n\n[clic](javascript:alert(3)) <a href="javascript:alert(4)">a</a>\n\nSuite **importante**.',
    );
    expect(html).toContain('<h1>Guide</h1>');
    expect(html).toContain('<strong>importante</strong>');
    // markdown-it leaves a javascript: link as plain text; the sanitiser strips the HTML one's href.
    for (const bad of ['<script', 'alert(1)', 'alert(2)', 'onerror', 'href="javascript:']) expect(html).not.toContain(bad);
    expect(html).not.toMatch(/<a [^>]*href="javascript/);
  });

  it('When a link is ordinary, then it opens outside without a handle on the page', () => {
    expect(renderMarkdown('[Service public](https://www.service-public.fr)')).toBe(
      '<p><a href="https://www.service-public.fr" rel="noopener noreferrer nofollow" target="_blank">Service public</a></p>\n',
    );
  });
});
