import { describe, expect, it } from 'vitest'
import { foldPlaceName } from './fold-place-name'

describe('foldPlaceName', () => {
  it('lowercases and strips accents', () => {
    expect(foldPlaceName('Pétionville')).toBe('petionville')
    expect(foldPlaceName('ZAHEDAN')).toBe('zahedan')
  })
  it('drops apostrophes, ayn and hamza marks', () => {
    for (const s of [
      "Ma'arrat al-Nu'man",
      'Ma‘arrat al-Nu‘mān',
      'Maʿarrat al-Nuʿman',
      'Ma`arrat al Nu`man'
    ]) {
      expect(foldPlaceName(s)).toBe('maarrat al numan')
    }
  })
  it('turns hyphens and underscores into single spaces and trims', () => {
    expect(foldPlaceName('  Petion-Ville ')).toBe('petion ville')
    expect(foldPlaceName('Sant_Julià  de   Lòria')).toBe('sant julia de loria')
  })
  it('folds Latin letters that are not a letter with an accent', () => {
    expect(foldPlaceName('Łódź')).toBe('lodz')
    expect(foldPlaceName('Tromsø')).toBe('tromso')
    expect(foldPlaceName('Diyarbakır')).toBe('diyarbakir')
  })
})
