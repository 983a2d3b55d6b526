// The shapes of the services' answers the portal reads (a subset of their OpenAPI documents).
import type { Predikat, Rating } from './domain/predikat';

export interface Bilingual {
  id: string;
  en: string;
}

export interface Appraisal {
  id: string;
  employeeId: string;
  skpId: string;
  penilaiId: string;
  atasanPenilaiId: string;
  unitId: string;
  status: string;
  revision: number;
  period: { kind: string; year: number; index: number | null };
  position: { name: string };
  ratingHasilKerja: Rating | null;
  ratingPerilakuKerja: Rating | null;
  predikat: Predikat | null;
  objectionDeadline: string | null;
  keberatan: { reason: string } | null;
  feedback: { id: string; text: string; givenAt: string }[];
}

export interface InboxItem {
  id: string;
  type: string;
  subject: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface RecommendationItem {
  recommendationId: string;
  rank: number;
  programTitle: string;
  jp: number;
  nextSession: { sessionId: string; startsAt: string } | null;
  reasons: Bilingual[];
  status: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';
}

export interface RecommendationSet {
  id: string;
  status: string;
  items: RecommendationItem[];
}

export interface Enrollment {
  id: string;
  sessionId: string;
  recommendationId?: string | null;
  status: string;
}

export interface JpSummary {
  year: number;
  jpEarned: number;
  jpRequired: number;
  jpMissing: number;
  met: boolean;
}

export interface Placement {
  id: string;
  employeeId: string;
  unitId: string;
  position: { name: string };
  superiorEmployeeId: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface UnitDistribution {
  unitId: string;
  unitSize: number;
  withPredikat: number;
  distribution: { predikat: Predikat; label: Bilingual; count: number; share: number }[];
  curveStatus: 'OK' | 'VIOLATED' | 'NO_ORGANISATION_PREDIKAT';
}

export interface DistributionReport {
  agencyId: string;
  units: UnitDistribution[];
}
