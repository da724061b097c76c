import { AppError } from '../../http/app-error.ts';

export const assistantNotConfigured = (): AppError =>
  new AppError(
    409,
    'assistant.not_configured',
    'No language model is configured, so nothing was sent anywhere. To draft with one, add its base URL and model under “Language model (optional)” (PUT /api/assistant/settings); the offline coach works without it.',
  );

export const nothingToDraftFrom = (message: string): AppError =>
  new AppError(422, 'assistant.nothing_to_draft_from', message);
