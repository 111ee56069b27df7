// Plural nouns only companies go by ("brokers such as Aon and Arthur J. Gallagher"): names listed after
// them are firms even when named like people. Investors, partners or clients may be people, so they
// are not here.
export const FIRM_PLURAL_NOUNS = 'firms|companies|rivals|peers|competitors|brokers|brokerages|banks|lenders|insurers|carmakers|automakers|chipmakers|drugmakers|retailers|airlines|conglomerates|chains|manufacturers|suppliers|exchanges';
