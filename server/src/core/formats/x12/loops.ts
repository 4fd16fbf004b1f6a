/**
 * Loop ids and names of the 005010 837 professional (X222) and institutional (X223) implementation guides,
 * and the state machine that tells which loop each segment belongs to. Only entity codes decide NM1 loops;
 * enough to keep claim/line assignment right and to name the loop in hovers.
 */
import type { X12SegmentTable } from './segmentTable';
import { segmentCode } from './tokenizer';

export type X12Variant = 'p' | 'i';

const COMMON_NAMES: Record<string, string> = {
  ISA: 'Interchange Control Header',
  IEA: 'Interchange Control Trailer',
  GS: 'Functional Group Header',
  GE: 'Functional Group Trailer',
  HEADER: 'Transaction Set Header',
  SE: 'Transaction Set Trailer',
  OUTSIDE: 'Outside any transaction set',
  '1000A': 'Submitter Name',
  '1000B': 'Receiver Name',
  '2000A': 'Billing Provider Hierarchical Level',
  '2010AA': 'Billing Provider Name',
  '2010AB': 'Pay-to Address Name',
  '2010AC': 'Pay-to Plan Name',
  '2000B': 'Subscriber Hierarchical Level',
  '2010BA': 'Subscriber Name',
  '2010BB': 'Payer Name',
  '2000C': 'Patient Hierarchical Level',
  '2010CA': 'Patient Name',
  '2000': 'Hierarchical Level (unknown level code)',
  '2300': 'Claim Information',
  '2310': 'Claim Provider or Location (unknown entity code)',
  '2320': 'Other Subscriber Information',
  '2330A': 'Other Subscriber Name',
  '2330B': 'Other Payer Name',
  '2330': 'Other Payer Provider (unknown entity code)',
  '2400': 'Service Line',
  '2410': 'Drug Identification',
  '2420': 'Line Provider or Location (unknown entity code)',
  '2430': 'Line Adjudication Information',
  '2440': 'Form Identification Code',
};

const PROFESSIONAL_NAMES: Record<string, string> = {
  '2310A': 'Referring Provider Name',
  '2310B': 'Rendering Provider Name',
  '2310C': 'Service Facility Location Name',
  '2310D': 'Supervising Provider Name',
  '2310E': 'Ambulance Pick-up Location',
  '2310F': 'Ambulance Drop-off Location',
  '2330C': 'Other Payer Referring Provider',
  '2330D': 'Other Payer Rendering Provider',
  '2330E': 'Other Payer Service Facility Location',
  '2330F': 'Other Payer Supervising Provider',
  '2330G': 'Other Payer Billing Provider',
  '2420A': 'Rendering Provider Name',
  '2420B': 'Purchased Service Provider Name',
  '2420C': 'Service Facility Location Name',
  '2420D': 'Supervising Provider Name',
  '2420E': 'Ordering Provider Name',
  '2420F': 'Referring Provider Name',
  '2420G': 'Ambulance Pick-up Location',
  '2420H': 'Ambulance Drop-off Location',
};

const INSTITUTIONAL_NAMES: Record<string, string> = {
  '2310A': 'Attending Provider Name',
  '2310B': 'Operating Physician Name',
  '2310C': 'Other Operating Physician Name',
  '2310D': 'Rendering Provider Name',
  '2310E': 'Service Facility Location Name',
  '2310F': 'Referring Provider Name',
  '2330C': 'Other Payer Attending Provider',
  '2330D': 'Other Payer Operating Physician',
  '2330E': 'Other Payer Other Operating Physician',
  '2330F': 'Other Payer Service Facility Location',
  '2330G': 'Other Payer Rendering Provider Name',
  '2330H': 'Other Payer Referring Provider',
  '2330I': 'Other Payer Billing Provider',
  '2420A': 'Operating Physician Name',
  '2420B': 'Other Operating Physician Name',
  '2420C': 'Rendering Provider Name',
  '2420D': 'Referring Provider Name',
};

/** NM1 entity identifier code (NM101) → loop, by context and guide. */
const NM1_LOOPS: Record<X12Variant, Record<'2310' | '2330' | '2420', Record<string, string>>> = {
  p: {
    '2310': { DN: '2310A', P3: '2310A', '82': '2310B', '77': '2310C', DQ: '2310D', PW: '2310E', '45': '2310F' },
    '2330': { IL: '2330A', PR: '2330B', DN: '2330C', P3: '2330C', '82': '2330D', '77': '2330E', DQ: '2330F', '85': '2330G' },
    '2420': { '82': '2420A', QB: '2420B', '77': '2420C', DQ: '2420D', DK: '2420E', DN: '2420F', P3: '2420F', PW: '2420G', '45': '2420H' },
  },
  i: {
    '2310': { '71': '2310A', '72': '2310B', ZZ: '2310C', '82': '2310D', '77': '2310E', DN: '2310F' },
    '2330': { IL: '2330A', PR: '2330B', '71': '2330C', '72': '2330D', ZZ: '2330E', '77': '2330F', '82': '2330G', DN: '2330H', '85': '2330I' },
    '2420': { '72': '2420A', ZZ: '2420B', '82': '2420C', DN: '2420D' },
  },
};

/** Every loop id a segment can be given; the per-segment loop is stored as an index into this list. */
export const LOOP_IDS: readonly string[] = [
  ...Object.keys(COMMON_NAMES),
  ...new Set([...Object.keys(PROFESSIONAL_NAMES), ...Object.keys(INSTITUTIONAL_NAMES)]),
];
const LOOP_INDEX = new Map(LOOP_IDS.map((id, i) => [id, i]));

/** Human name of a loop, e.g. loopName('2410') === 'Drug Identification'. */
export function loopName(loopId: string, variant: X12Variant = 'p'): string {
  return COMMON_NAMES[loopId] ?? (variant === 'i' ? INSTITUTIONAL_NAMES : PROFESSIONAL_NAMES)[loopId] ?? INSTITUTIONAL_NAMES[loopId] ?? loopId;
}

export function loopIndexOf(loopId: string): number {
  return LOOP_INDEX.get(loopId) ?? 0;
}

const C = {
  ISA: segmentCode('ISA'), IEA: segmentCode('IEA'), GS: segmentCode('GS'), GE: segmentCode('GE'),
  ST: segmentCode('ST'), SE: segmentCode('SE'), HL: segmentCode('HL'), NM1: segmentCode('NM1'),
  CLM: segmentCode('CLM'), SBR: segmentCode('SBR'), LX: segmentCode('LX'), LIN: segmentCode('LIN'),
  SVD: segmentCode('SVD'), LQ: segmentCode('LQ'),
};
export const SEGMENT_CODES = C;

/** Coarse position in the hierarchy; decides what an NM1 or SBR means. */
type Level = 'outside' | 'header' | '2000A' | '2000B' | '2000C' | '2300' | '2320' | '2400' | '2420';

/**
 * Walks the segments once and names the loop of each. Needs only the segment id and, for HL and NM1, one element.
 * `variantOf(seg)` gives the guide of the transaction that holds the segment (it changes the 2310/2330/2420 names).
 */
export class LoopTracker {
  private level: Level = 'outside';
  private loop = 'OUTSIDE';

  constructor(private readonly variantOf: () => X12Variant) {}

  /** Loop id for the next segment; reads HL03 or NM101 of it when needed. */
  next(code: number, table: X12SegmentTable, seg: number): string {
    switch (code) {
      case C.ISA: return this.set('outside', 'ISA');
      case C.IEA: return this.set('outside', 'IEA');
      case C.GS: return this.set('outside', 'GS');
      case C.GE: return this.set('outside', 'GE');
      case C.ST: return this.set('header', 'HEADER');
      case C.SE: return this.set('outside', 'SE');
      case C.HL: {
        const level = table.elementText(seg, 3);
        if (level === '20') return this.set('2000A', '2000A');
        if (level === '22') return this.set('2000B', '2000B');
        if (level === '23') return this.set('2000C', '2000C');
        return this.set('2000A', '2000');
      }
      case C.CLM: return this.set('2300', '2300');
      case C.LX: return this.set('2400', '2400');
      case C.SBR:
        if (this.level === '2300' || this.level === '2320') return this.set('2320', '2320');
        return this.loop;
      case C.LIN:
        if (this.level === '2400') return (this.loop = '2410');
        return this.loop;
      case C.SVD:
        if (this.level === '2400' || this.level === '2420') return this.set('2420', '2430');
        return this.loop;
      case C.LQ:
        if (this.level === '2400' || this.level === '2420') return this.set('2420', '2440');
        return this.loop;
      case C.NM1: return (this.loop = this.nm1Loop(table.elementText(seg, 1)));
      default: return this.loop;
    }
  }

  private nm1Loop(entity: string): string {
    switch (this.level) {
      case 'header':
        return entity === '41' ? '1000A' : entity === '40' ? '1000B' : this.loop;
      case '2000A':
        return entity === '85' ? '2010AA' : entity === '87' ? '2010AB' : entity === 'PE' ? '2010AC' : this.loop;
      case '2000B':
        return entity === 'IL' ? '2010BA' : entity === 'PR' ? '2010BB' : entity === 'QC' ? '2010CA' : this.loop;
      case '2000C':
        return entity === 'QC' ? '2010CA' : this.loop;
      case '2300':
        return NM1_LOOPS[this.variantOf()]['2310'][entity] ?? '2310';
      case '2320':
        return NM1_LOOPS[this.variantOf()]['2330'][entity] ?? '2330';
      case '2400':
      case '2420':
        this.level = '2420';
        return NM1_LOOPS[this.variantOf()]['2420'][entity] ?? '2420';
      default:
        return this.loop;
    }
  }

  private set(level: Level, loop: string): string {
    this.level = level;
    this.loop = loop;
    return loop;
  }
}
