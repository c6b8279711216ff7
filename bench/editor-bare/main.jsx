// The comparison anchor of bench/editor.mjs: @uiw/react-md-editor as it comes
// (default entry, live preview inside), holding the text the benchmark gives it.
import MDEditor from '@uiw/react-md-editor';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function Bare() {
  const [value, setValue] = useState(window.__benchText ?? '');
  return <MDEditor value={value} onChange={(next) => setValue(next ?? '')} height={700} textareaProps={{ 'aria-label': 'Posting text' }} />;
}

createRoot(document.getElementById('root')).render(<Bare />);
