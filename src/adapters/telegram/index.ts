/** The Telegram adapter's public surface: start it with typed settings; render is exported for the digest. */
export { startTelegram, type TelegramHandle, type TelegramOptions, type TelegramWebhookSettings } from "./start.ts";
export { renderPages, TELEGRAM_TEXT_LIMIT } from "./render.ts";
