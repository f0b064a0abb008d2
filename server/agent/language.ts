// The agent detects the user's language with the shared detector in core.
export { detectLanguage, type Lang } from '../../core/language';
