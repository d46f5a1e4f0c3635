// Where this browser keeps the imported inspections: a module of its own, so that the first screen can name the key
// (to tell whether anything is kept, and to hear another tab write it) without the code that reads and writes it.

export const STORAGE_KEY = 'taiyuan-sanitation-dashboard:inspections';
