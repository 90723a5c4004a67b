// Words for the other side's tanks and armoured vehicles ("tanks destroyed", "танки", "टैंकों"): a kind of loss few
// clashes' claims count, so a page that speaks of it, even without a number, points to one that does.
// Folded text (lower case, no Latin accents). Not "think tank", nor "tanker" ("танкер"), nor a water or fuel tank.
export const ARMOUR =
  /(?<![\p{L}\p{M}])(?<!think[\s-])(?:tanks?|tank position|tanklar\p{L}*|tanki\p{L}*|panzer[n]?|chars? d'assaut|blindes|танк(?:и|ов|ам|ами|ах|а|у|ом|е)?|टैंक(?:ों|ो)?)(?![\p{L}\p{M}])(?![\s-]+(?:farm|truck|lorry|container|wagen))/u;
