import type { ComponentType } from 'react';
import type { PhaseName } from '../../core/scenario/schema';
import type { NavItem, SessionScreenProps } from './types';
import { lazyComponent } from '../components/lazy';

/**
 * The session screens, by nav item. A nav item with no component here is not shown in the nav.
 * Each screen is its own chunk, fetched the first time it is opened. To add a screen, add one
 * line to SESSION_SCREENS, e.g.
 *
 *   negotiation: lazyComponent(
 *     () => import('./negotiation/NegotiationScreen').then((m) => m.NegotiationScreen),
 *     'Loading the negotiation…',
 *   ),
 *
 * Screens receive {@link SessionScreenProps} and nothing else; for links between screens
 * (e.g. Judgment → an evidence event in the Timeline) use `useSessionNav()` from './nav'.
 */
export const SESSION_SCREENS: Partial<Record<NavItem, ComponentType<SessionScreenProps>>> = {
  brief: lazyComponent(() => import('./brief/BriefScreen').then((m) => m.BriefScreen), 'Loading the brief…'),
  chamber: lazyComponent(
    () => import('./chamber/ChamberScreen').then((m) => m.ChamberScreen),
    'Loading the chamber…',
  ),
  assembly: lazyComponent(
    () => import('./assembly/AssemblyScreen').then((m) => m.AssemblyScreen),
    'Loading the Assembly…',
  ),
  timeline: lazyComponent(
    () => import('./timeline/TimelineScreen').then((m) => m.TimelineScreen),
    'Loading the timeline…',
  ),
  negotiation: lazyComponent(
    () => import('./negotiation/NegotiationScreen').then((m) => m.NegotiationScreen),
    'Loading the negotiation…',
  ),
  conduct: lazyComponent(
    () => import('./conduct/ConductScreen').then((m) => m.ConductScreen),
    'Loading national conduct…',
  ),
  facilitator: lazyComponent(
    () => import('./facilitator/FacilitatorConsole').then((m) => m.FacilitatorConsole),
    "Loading the facilitator's console…",
  ),
  judgment: lazyComponent(
    () => import('./judgment/JudgmentScreen').then((m) => m.JudgmentScreen),
    'Loading the judgment…',
  ),
};

/** The screen a phase opens on (the nav follows the procedure unless the user picks another). */
export const PHASE_SCREEN: Record<PhaseName, NavItem> = {
  seating: 'brief',
  briefing: 'brief',
  crisisUpdate: 'brief',
  negotiation: 'negotiation',
  council: 'chamber',
  unitingForPeace: 'assembly',
  emergencySpecialSession: 'assembly',
  vetoInitiative: 'assembly',
  conduct: 'conduct',
  adjudication: 'judgment',
  debrief: 'judgment',
};
