-- wrk script for bench/card-status: GET /api/v1/cards/{cardId} as the call center, cycling
-- through the card ids in $CARD_IDS (one per line), each thread from its own starting point.
local ids = {}
for line in io.lines(os.getenv("CARD_IDS")) do
  ids[#ids + 1] = line
end
local auth = os.getenv("AUTH")
local i = math.random(#ids)

request = function()
  i = i % #ids + 1
  return wrk.format("GET", "/api/v1/cards/" .. ids[i],
    { ["Authorization"] = auth, ["Accept"] = "application/json" })
end
