/** CPF (Cadastro de Pessoas Físicas): the 11-digit personal tax number people sign in with. */

/** The 11 digits of a CPF typed with or without mask and spaces, or null when it is not a valid CPF. */
export function parseCpf(input: string): string | null {
  const trimmed = input.trim();
  if (!/^(\d{3}\.?\d{3}\.?\d{3}-?\d{2})$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  if (/^(\d)\1{10}$/.test(digits)) return null; // 000.000.000-00, 111.111.111-11, ... pass the checksum but are not CPFs
  const checkDigit = (length: number) => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(digits[i]) * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return checkDigit(9) === Number(digits[9]) && checkDigit(10) === Number(digits[10])
    ? digits
    : null;
}

/** 52998224725 -> 529.982.247-25 */
export function formatCpf(digits: string): string {
  return digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, "$1.$2.$3-$4");
}

/** 52998224725 -> ***.982.247-** : enough to recognise in logs and on screen, not enough to reuse. */
export function maskCpf(digits: string): string {
  return digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, "***.$2.$3-**");
}
