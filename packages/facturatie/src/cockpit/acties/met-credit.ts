import { isTeCrediteren } from '../../bronnen'

/** The lines a run takes: credit lines only with "meenemen te crediteren regels" (R20). */
export const metCredit = <R extends { bedrag: string; teCrediteren?: boolean }>(
  regels: readonly R[],
  meenemen?: boolean,
): R[] => (meenemen ? [...regels] : regels.filter((r) => !isTeCrediteren(r)))
