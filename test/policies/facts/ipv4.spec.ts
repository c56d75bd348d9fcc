import * as assert from "assert";
import {
  IPV4_ADDRESS_PATTERN,
  ipv4BlockSize,
  ipv4Range,
  parseIpv4,
  parseIpv4Prefix,
} from "../../../policies/facts/ipv4";

describe("facts: IPv4", () => {
  it("reads addresses as unsigned 32-bit numbers, the highest ones too", () => {
    assert.deepStrictEqual(
      ["0.0.0.0", "127.255.255.255", "128.0.0.0", "255.255.255.255"].map(parseIpv4),
      [0, 0x7fffffff, 0x80000000, 0xffffffff],
    );
    assert.deepStrictEqual(
      ["256.0.0.0", "1.2.3", "1.2.3.4.5", " 1.2.3.4", "1.2.3.-4", "1.2.3.0004"].map(parseIpv4),
      [undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });

  it("takes addresses for a next hop without leading zeros, the lowest and highest too", () => {
    const ok = ["0.0.0.0", "10.40.0.4", "127.255.255.255", "128.0.0.0", "255.255.255.255"];
    const bad = ["010.40.0.4", "10.40.0.256", "10.40.0", "10.40.0.4/32", " 10.40.0.4", "fd00::4"];
    assert.deepStrictEqual(
      [...ok, ...bad].map((a) => IPV4_ADDRESS_PATTERN.test(a)),
      [...ok.map(() => true), ...bad.map(() => false)],
    );
  });

  it("sizes blocks from /0 to /32", () => {
    assert.deepStrictEqual([0, 1, 24, 32].map(ipv4BlockSize), [2 ** 32, 2 ** 31, 256, 1]);
  });

  it("reads a.b.c.d/n with host bits, and nothing else", () => {
    assert.deepStrictEqual(parseIpv4Prefix("10.0.0.77/24"), {
      address: 0x0a00004d,
      prefixLength: 24,
    });
    assert.deepStrictEqual(parseIpv4Prefix("255.255.255.255/0"), {
      address: 0xffffffff,
      prefixLength: 0,
    });
    for (const text of [
      "10.0.0.0",
      "10.0.0.0/",
      "10.0.0.0/33",
      "10.0.0.0/024",
      "10.0.0.0/1e1",
      "10.0.0.0/24/8",
    ]) {
      assert.strictEqual(parseIpv4Prefix(text), undefined, text);
    }
  });

  it("spans a block from its first to its last address, at both ends of the address space", () => {
    const range = (text: string) => ipv4Range(parseIpv4Prefix(text)!);
    assert.deepStrictEqual(range("10.0.0.0/24"), { first: 0x0a000000, last: 0x0a0000ff });
    assert.deepStrictEqual(range("10.0.0.77/24"), { first: 0x0a000000, last: 0x0a0000ff });
    assert.deepStrictEqual(range("0.0.0.0/0"), { first: 0, last: 0xffffffff });
    assert.deepStrictEqual(range("200.1.2.3/0"), { first: 0, last: 0xffffffff });
    assert.deepStrictEqual(range("0.0.0.0/32"), { first: 0, last: 0 });
    assert.deepStrictEqual(range("255.255.255.255/32"), { first: 0xffffffff, last: 0xffffffff });
    assert.deepStrictEqual(range("128.0.0.0/1"), { first: 0x80000000, last: 0xffffffff });
    assert.deepStrictEqual(range("255.255.255.0/24"), { first: 0xffffff00, last: 0xffffffff });
  });
});
