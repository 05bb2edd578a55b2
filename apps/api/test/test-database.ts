export const TEMPLATE_DATABASE = 'peer_template';
