// Jest test sequencer for the integration tier: `--shard=i/n` splits the suites by the project
// they test, never inside one. Two in-process instances of the same service consume the same
// shared public topics, so suites of one service running at once would handle (and answer)
// each other's events; suites of different services only see other services' instances,
// whose output they already tell apart. scripts/test.sh runs the two shards side by side.
const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

// Which shard each project's suites run in (balanced by their measured time); a project not
// listed goes to the shard its name hashes to.
const SHARD_OF = {
  'libs/messaging': 1,
  'libs/persistence': 1,
  'libs/platform': 1,
  'services/evaluation': 1,
  'services/notification': 1,
  'services/training': 2,
  'services/competency': 2,
  'services/career-planning': 2,
  'tools/jenjang': 2,
};

function projectOf(testPath) {
  const parts = path.relative(path.join(__dirname, '..'), testPath).split(path.sep);
  return parts.slice(0, 2).join('/');
}

function hash(text) {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

class ServiceShardSequencer extends Sequencer {
  shard(tests, { shardIndex, shardCount }) {
    return tests.filter((test) => {
      const project = projectOf(test.path);
      const wanted =
        shardCount === 2 && SHARD_OF[project]
          ? SHARD_OF[project]
          : (hash(project) % shardCount) + 1;
      return wanted === shardIndex;
    });
  }
}

module.exports = ServiceShardSequencer;
