import Markdown from 'react-markdown';

/**
 * An article's body. react-markdown builds React elements from the Markdown and never renders raw HTML (the server
 * refuses HTML tags anyway), so an article cannot inject markup into the console.
 */
export const MarkdownView = ({ text }: { text: string }) => (
  <div className="knowledge-markdown" data-testid="knowledge-body">
    <Markdown>{text}</Markdown>
  </div>
);
