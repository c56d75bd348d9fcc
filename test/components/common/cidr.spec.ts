import * as assert from "assert";
import {
  carve,
  cidrProblem,
  ipRangeProblem,
  contains,
  overlaps,
  parseCidr,
} from "../../../components/common/cidr";

describe("common/cidr", () => {
  const problems: [string, string | undefined][] = [
    ["10.0.0.0/16", undefined],
    ["10.0.0.0/33", '"10.0.0.0/33" is not an IPv4 CIDR block such as 10.0.0.0/24'],
    ["10.0.300.0/24", '"10.0.300.0/24" is not an IPv4 CIDR block such as 10.0.0.0/24'],
    ["10.0.0.0", '"10.0.0.0" is not an IPv4 CIDR block such as 10.0.0.0/24'],
    ["10.0.1.0/16", '"10.0.1.0/16" has host bits set; use the network address 10.0.0.0/16'],
    ["fd00::/64", '"fd00::/64" is not an IPv4 CIDR block such as 10.0.0.0/24'],
  ];
  for (const [text, problem] of problems) {
    it(`judges ${text}`, () => assert.strictEqual(cidrProblem(text), problem));
  }

  const ranges: [string, string | undefined][] = [
    ["203.0.113.7", undefined],
    ["198.51.100.0/24", undefined],
    ["10.0.0.300", '"10.0.0.300" is not an IPv4 CIDR block such as 10.0.0.0/24'],
    [
      "198.51.100.1/24",
      '"198.51.100.1/24" has host bits set; use the network address 198.51.100.0/24',
    ],
  ];
  for (const [range, problem] of ranges) {
    it(`judges firewall range ${range}`, () => assert.strictEqual(ipRangeProblem(range), problem));
  }

  it("detects overlap and containment", () => {
    const space = parseCidr("10.42.0.0/16")!;
    const a = parseCidr("10.42.0.0/24")!;
    const b = parseCidr("10.42.0.128/25")!;
    const c = parseCidr("10.43.0.0/24")!;
    assert.strictEqual(overlaps(a, b), true);
    assert.strictEqual(overlaps(a, c), false);
    assert.strictEqual(contains(space, a), true);
    assert.strictEqual(contains(space, c), false);
  });

  it("counts a block's first and last address as its own: a /32 there overlaps, one beyond does not", () => {
    const block = parseCidr("10.42.4.0/22")!;
    assert.deepStrictEqual([block.start, block.end], [0x0a2a0400, 0x0a2a07ff]);
    const at = (address: string) => overlaps(block, parseCidr(`${address}/32`)!);
    assert.deepStrictEqual(["10.42.3.255", "10.42.4.0", "10.42.7.255", "10.42.8.0"].map(at), [
      false,
      true,
      true,
      false,
    ]);
    // Blocks that only touch share no address; one address of overlap is overlap, either way round.
    const before = parseCidr("10.42.0.0/22")!;
    const after = parseCidr("10.42.8.0/22")!;
    assert.deepStrictEqual(
      [
        overlaps(block, before),
        overlaps(before, block),
        overlaps(block, after),
        overlaps(after, block),
      ],
      [false, false, false, false],
    );
    const lastOfBefore = parseCidr("10.42.3.255/32")!;
    assert.strictEqual(overlaps(before, lastOfBefore), true);
    assert.strictEqual(contains(block, parseCidr("10.42.7.255/32")!), true);
    assert.strictEqual(contains(block, parseCidr("10.42.8.0/32")!), false);
  });

  it("spans /0 and /32 blocks to the ends of the address space, above 128.0.0.0 too", () => {
    const block = (text: string) => {
      const c = parseCidr(text)!;
      return [c.start, c.end];
    };
    assert.deepStrictEqual(block("0.0.0.0/0"), [0, 0xffffffff]);
    assert.deepStrictEqual(block("0.0.0.0/32"), [0, 0]);
    assert.deepStrictEqual(block("255.255.255.255/32"), [0xffffffff, 0xffffffff]);
    assert.deepStrictEqual(block("128.0.0.0/1"), [0x80000000, 0xffffffff]);
    const all = parseCidr("0.0.0.0/0")!;
    const lowHalf = parseCidr("0.0.0.0/1")!;
    const highHalf = parseCidr("128.0.0.0/1")!;
    assert.deepStrictEqual(
      [
        overlaps(all, parseCidr("0.0.0.0/32")!),
        overlaps(all, parseCidr("255.255.255.255/32")!),
        overlaps(lowHalf, highHalf),
        overlaps(highHalf, parseCidr("127.255.255.255/32")!),
        overlaps(highHalf, parseCidr("128.0.0.0/32")!),
        overlaps(parseCidr("10.0.0.0/24")!, parseCidr("10.0.0.255/32")!),
        overlaps(parseCidr("10.0.0.0/24")!, parseCidr("10.0.1.0/24")!),
      ],
      [true, true, false, false, true, true, false],
    );
    assert.deepStrictEqual(
      [contains(all, highHalf), contains(highHalf, parseCidr("255.255.255.255/32")!)],
      [true, true],
    );
    assert.strictEqual(carve(highHalf, 2, 1), "192.0.0.0/2");
    assert.strictEqual(
      cidrProblem("255.255.255.255/31"),
      '"255.255.255.255/31" has host bits set; use the network address 255.255.255.254/31',
    );
    assert.deepStrictEqual(["10.0.0.0/", "10.0.0.0/24/8"].map(parseCidr), [undefined, undefined]);
  });

  it("carves blocks by index and refuses what does not fit", () => {
    const space = parseCidr("10.42.0.0/21")!;
    assert.strictEqual(carve(space, 24, 2), "10.42.2.0/24");
    assert.strictEqual(carve(space, 22, 1), "10.42.4.0/22");
    assert.strictEqual(carve(space, 22, 2), undefined);
    assert.strictEqual(carve(space, 20, 0), undefined);
  });
});
