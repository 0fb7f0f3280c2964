// One module for both search surfaces, so the header's on-demand import pulls a single chunk.
export { attachLiveSearch } from './live-search';
export { attachSearchPage } from './search-page';
