import type { EventRecord } from '../../../shared/model/event'

/** ACLED's only non-empty value of `civilian_targeting`. */
export const CIVILIAN_TARGETING = 'Civilian targeting'

/**
 * ACLED's `civilian_targeting` (codebook 2023+): set when civilians were the main or only target.
 * Our rule, from the codebook's definition and the event types ACLED lists for it:
 * - every Violence against civilians event (civilians are the target by definition);
 * - Protests / Excessive force against protesters (unarmed demonstrators met with lethal force);
 * - Explosions/Remote violence and Riots / Mob violence when a primary actor is coded Civilians
 *   (inter 7): a strike or a mob that hit civilians rather than an armed opponent.
 * Everything else, including Battles (armed on both sides), is ''.
 */
export function civilianTargeting(event: EventRecord): '' | typeof CIVILIAN_TARGETING {
  const civiliansHit = event.actor1?.inter === 7 || event.actor2?.inter === 7
  switch (event.eventType) {
    case 'Violence against civilians':
      return CIVILIAN_TARGETING
    case 'Protests':
      return event.subEventType === 'Excessive force against protesters' ? CIVILIAN_TARGETING : ''
    case 'Explosions/Remote violence':
      return civiliansHit ? CIVILIAN_TARGETING : ''
    case 'Riots':
      return event.subEventType === 'Mob violence' && civiliansHit ? CIVILIAN_TARGETING : ''
    default:
      return ''
  }
}
