import { describe, expect, it } from "vitest";
import { formatCpf, maskCpf, parseCpf } from "@/lib/auth/cpf";
import { demoUsers } from "@/prisma/demo-data";

describe("parseCpf", () => {
  it("accepts a valid CPF with or without the mask and surrounding spaces", () => {
    expect(parseCpf("529.982.247-25")).toBe("52998224725");
    expect(parseCpf("52998224725")).toBe("52998224725");
    expect(parseCpf("  529.982.247-25 ")).toBe("52998224725");
  });

  it("refuses wrong check digits, all-equal digits, wrong lengths and letters", () => {
    expect(parseCpf("529.982.247-26")).toBeNull();
    expect(parseCpf("529.982.247-35")).toBeNull();
    expect(parseCpf("000.000.000-00")).toBeNull();
    expect(parseCpf("11111111111")).toBeNull();
    expect(parseCpf("5299822472")).toBeNull();
    expect(parseCpf("529982247250")).toBeNull();
    expect(parseCpf("529.982.24a-25")).toBeNull();
    expect(parseCpf("")).toBeNull();
  });

  it("accepts every demo account's CPF", () => {
    for (const user of demoUsers) expect(parseCpf(formatCpf(user.cpf))).toBe(user.cpf);
  });
});

describe("formatCpf and maskCpf", () => {
  it("formats and masks the 11 digits", () => {
    expect(formatCpf("52998224725")).toBe("529.982.247-25");
    expect(maskCpf("52998224725")).toBe("***.982.247-**");
  });
});
