-- Each wrk thread walks its own share of the paths in a file, so no URL is asked twice
-- until all have been: with the page cache emptied first, every request is a miss.
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  step = tonumber(args[2])
  n = id
end

function request()
  local path = paths[(n % #paths) + 1]
  n = n + step
  return wrk.format("GET", path)
end
