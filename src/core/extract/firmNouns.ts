// Plural nouns only companies go by ("brokers such as Aon and Arthur J. Gallagher"): names listed after
// them are firms even when named like people. Investors, partners or clients may be people, so they
// are not here.
export const FIRM_PLURAL_NOUNS = 'firms|companies|rivals|peers|competitors|brokers|brokerages|banks|lenders|insurers|carmakers|automakers|chipmakers|drugmakers|retailers|airlines|conglomerates|chains|manufacturers|suppliers|exchanges';

/** What people do to firms, right after a name ("the firm Jeff Bezos founded"): the name is a person's. */
export const PERSON_VERB_AHEAD = /^ (?:founded|co-founded|cofounded|runs|ran|leads|led|owns|owned|started|created|manages|managed|heads|headed|built|set up|chairs)\b/;
