import { defineMessages } from '../../i18n/define-messages';

/** Texts of the connection feature, Spanish (es-MX) and English side by side. */
export const connectionMessages = defineMessages({
  'connection.indicator.label': { 'es-MX': 'Conexión en tiempo real:', en: 'Live connection:' },
  'connection.status.online': { 'es-MX': 'En línea', en: 'Online' },
  'connection.status.connecting': { 'es-MX': 'Conectando…', en: 'Connecting…' },
  'connection.status.offline': { 'es-MX': 'Sin conexión', en: 'Offline' },
  'connection.banner.offline': { 'es-MX': 'Sin conexión en tiempo real.', en: 'Live updates are down.' },
  'connection.banner.reconnecting': { 'es-MX': 'Reconectando…', en: 'Reconnecting…' },
  'connection.banner.body': {
    'es-MX':
      'La disponibilidad no se actualiza en vivo; apartar y confirmar lugares queda en pausa hasta que vuelva la conexión. Se reintenta automáticamente.',
    en: 'Availability is not updated live; holding and confirming seats are paused until the connection comes back. It retries automatically.',
  },
  'connection.reconnected': {
    'es-MX': 'Reconectado — disponibilidad actualizada',
    en: 'Reconnected — availability refreshed',
  },
});
