import * as assert from "assert";
import { inCidr } from "../../../../../policies/rules/network/lib/ipv4";

describe("network lib: inCidr", () => {
  /** [address, block, inside] */
  const cases: [string, string, boolean][] = [
    // A block's first and last address are its own; the addresses either side are not.
    ["10.0.0.0", "10.0.0.0/24", true],
    ["10.0.0.255", "10.0.0.0/24", true],
    ["9.255.255.255", "10.0.0.0/24", false],
    ["10.0.1.0", "10.0.0.0/24", false],
    // /32: the one address, and nothing beside it; no prefix length means /32.
    ["10.0.0.255", "10.0.0.255/32", true],
    ["10.0.0.254", "10.0.0.255/32", false],
    ["10.0.1.0", "10.0.0.255/32", false],
    ["10.0.0.255", "10.0.0.255", true],
    ["10.0.1.0", "10.0.0.255", false],
    // /0 holds every address, the lowest and the highest.
    ["0.0.0.0", "0.0.0.0/0", true],
    ["255.255.255.255", "0.0.0.0/0", true],
    ["127.255.255.255", "0.0.0.0/0", true],
    ["128.0.0.0", "0.0.0.0/0", true],
    // The lowest and highest addresses as single-address blocks.
    ["0.0.0.0", "0.0.0.0/32", true],
    ["0.0.0.1", "0.0.0.0/32", false],
    ["255.255.255.255", "255.255.255.255/32", true],
    ["255.255.255.254", "255.255.255.255/32", false],
    // Addresses from 128.0.0.0 up: 32-bit signed arithmetic would make these negative.
    ["128.0.0.0", "128.0.0.0/1", true],
    ["255.255.255.255", "128.0.0.0/1", true],
    ["127.255.255.255", "128.0.0.0/1", false],
    ["0.0.0.0", "0.0.0.0/1", true],
    ["127.255.255.255", "0.0.0.0/1", true],
    ["128.0.0.0", "0.0.0.0/1", false],
    ["192.168.255.255", "192.168.0.0/16", true],
    ["192.169.0.0", "192.168.0.0/16", false],
    ["255.255.255.0", "255.255.255.0/24", true],
    ["255.255.254.255", "255.255.255.0/24", false],
    // Host bits are ignored: the block is the one that holds the address written.
    ["10.0.0.0", "10.0.0.77/24", true],
    ["10.0.1.0", "10.0.0.77/24", false],
    // Spaces around the parts are tolerated.
    ["10.0.0.5", " 10.0.0.0 / 24 ", true],
  ];
  for (const [address, block, inside] of cases) {
    it(`${address} ${inside ? "is" : "is not"} in ${JSON.stringify(block)}`, () =>
      assert.strictEqual(inCidr(address, block), inside));
  }

  // Before the shared parser, an empty or malformed prefix length was read as a number
  // ("" as 0, so "10.0.0.0/" held every address).
  const malformed = [
    "10.0.0.0/",
    "10.0.0.0/33",
    "10.0.0.0/24/8",
    "10.0.0.0/1e1",
    "10.0.0.0/2.4e1",
    "10.0.0.0/-1",
    "10.0.0.0/0x10",
    "10.0.0/24",
    "10.0.0.256/24",
    "fd00::/64",
    "",
  ];
  for (const block of malformed) {
    it(`holds no address in the malformed block ${JSON.stringify(block)}`, () => {
      const probes = ["0.0.0.0", "10.0.0.0", "10.0.0.1", "255.255.255.255"];
      assert.deepStrictEqual(
        probes.map((address) => inCidr(address, block)),
        [false, false, false, false],
      );
    });
  }

  it("is false for an address that is not IPv4", () => {
    assert.deepStrictEqual(
      ["10.0.0", "10.0.0.256", "fd00::1", "", "10.0.0.1/32"].map((a) => inCidr(a, "0.0.0.0/0")),
      [false, false, false, false, false],
    );
  });
});
