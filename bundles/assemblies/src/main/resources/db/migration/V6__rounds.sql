-- Standing assemblies, rounds on the page (asm-rounds): a round's members carried over by lot are
-- recomputable by anyone from the public seed and the members who could be carried over.
ALTER TABLE assemblies_round ADD COLUMN carry_seed VARCHAR(200);   -- the public seed of a carry-over by lot; NULL when ticked
ALTER TABLE assemblies_round ADD COLUMN eligible TEXT;             -- JSON: pseudonyms who could be carried over when the round opened
