export { ApiClient, ApiFailure } from '../page/api-client.js';
export { followJob, readEventStream, type ServerEvent } from '../page/event-stream.js';
export { describeFailure, type Failure, type FailureText } from '../page/failures.js';
export { formatWait, LANGS, type Lang, MESSAGES, pickLang } from '../page/i18n.js';
export { buildWebPage, PAGE_SOURCES, type WebAsset, type WebPage } from './build-web-page.js';
