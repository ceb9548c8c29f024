// name: responses
// description: Each accusing claim against a target (or one claim by id) and every claim that answers it, in date order
// params: target:string? claim_id:string?
//
// A response is a claim linked to the accusation by its responds_to field
// (deny, dispute, defend, sue, sanction, cut_ties, ...); negated responses are
// left out. An accusation nobody answered appears once with empty response
// columns. With neither parameter, every accusation is listed.
MATCH (accuser:Actor)-[:MADE]->(acc:Claim)-[:AGAINST]->(t:Actor)
WHERE acc.action IN ['accuse', 'criticize', 'sue', 'investigate']
  AND NOT acc.negated
  AND ($claim_id IS NULL OR acc.id = $claim_id)
  AND ($target IS NULL OR any(n IN coalesce(t.aliases, [t.name])
       WHERE toLower(n) =~ ('(?s).*(?<![\\p{L}\\p{N}_])\\Q' + toLower($target) + '\\E(?![\\p{L}\\p{N}_]).*')))
MATCH (acc)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (r:Claim)-[:RESPONDS_TO]->(acc)
WHERE NOT r.negated
OPTIONAL MATCH (responder:Actor)-[:MADE]->(r)
OPTIONAL MATCH (r)-[:REPORTED_IN]->(rs:Source)
RETURN acc.id AS accusation_id, accuser.name AS accuser, t.name AS target,
       acc.allegation AS allegation, s.published AS accused_on,
       r.id AS response_id, responder.name AS responder, r.action AS response,
       r.quote AS response_quote, rs.published AS responded_on, rs.url AS response_source
ORDER BY accused_on, accusation_id, responded_on, response_id
